/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) started inside the JVM. It is what
 * newsflow runs on when no {@code --bootstrap-servers} is given, and what the integration tests run against.
 */
package io.newsflow.broker;
