/**
 * Reading input files safely: size caps counted after decompression (gzip bombs stop at the cap), corrupt
 * gzip, byte order marks, strict UTF-8, an HTML page's declared character set, binary data, and JSON records.
 * {@link io.newsflow.ingest.decode.FileDecoder} is the entry point; everything else is internal to the package.
 */
package io.newsflow.ingest.decode;
