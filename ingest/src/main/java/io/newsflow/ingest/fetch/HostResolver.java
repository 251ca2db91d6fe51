package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses; {@link #SYSTEM} asks the JVM's resolver (and its cache). */
@FunctionalInterface
public interface HostResolver {
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
