package org.uclg.carta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an integration test class against a real OpenSearch node instead of the embedded Lucene
 * index: a subclass of a search test carrying this annotation is the same suite on the other backend.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = OpenSearchNode.class)
public @interface OnOpenSearch {}
