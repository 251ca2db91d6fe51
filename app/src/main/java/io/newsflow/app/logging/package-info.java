/** Log output choices that logback's configuration cannot express without a scripting library. */
package io.newsflow.app.logging;
