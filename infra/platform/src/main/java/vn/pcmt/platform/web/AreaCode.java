package vn.pcmt.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * The shape of an area code in any request: letters, digits and dashes (administrative unit codes are digits,
 * villages get local codes), so a code is always safe in a path, a query and a store filter. Null is valid: combine
 * with {@code @NotBlank} where the code is required.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9-]{1,31}$", message = "Mã địa bàn gồm 2–32 chữ cái, chữ số hoặc dấu gạch ngang.")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AreaCode {

    String message() default "Mã địa bàn không đúng định dạng.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
