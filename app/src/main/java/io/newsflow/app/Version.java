package io.newsflow.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Newsflow.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
    }
}
