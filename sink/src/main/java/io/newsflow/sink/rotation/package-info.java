/** When an open output file is closed: by records, bytes or age, with time from an injected clock. */
package io.newsflow.sink.rotation;
