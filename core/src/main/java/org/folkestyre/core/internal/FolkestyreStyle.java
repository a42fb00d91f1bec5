package org.folkestyre.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each value package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users see only the public
 * abstract types with their hand-written factories and a public nested {@code Builder}.
 * Retention is {@code SOURCE}, so users of the library never need Immutables on any path.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    jdkOnly = false,
    get = {"is*", "get*"},
    optionalAcceptNullable = false,
    allowedClasspathAnnotations = {Override.class})
public @interface FolkestyreStyle {}
