/**
 * Finding input files: {@link io.newsflow.ingest.file.InputDiscovery} walks the named files and folders and
 * returns each article file with its type and the path records will name it by.
 */
package io.newsflow.ingest.file;
