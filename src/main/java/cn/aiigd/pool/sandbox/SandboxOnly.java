package cn.aiigd.pool.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * A bean of the sandbox: it exists only where {@code pool.sandbox.enabled=true}, which only the
 * {@code local} profile (and tests) set. Production never has a single one of them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(name = SandboxOnly.PROPERTY, havingValue = "true")
public @interface SandboxOnly {

    String PROPERTY = "pool.sandbox.enabled";
}
