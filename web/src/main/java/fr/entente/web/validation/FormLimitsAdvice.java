package fr.entente.web.validation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@code limits} of its fields. A model attribute rather than a bean: Thymeleaf refuses bean
 * references ({@code @limits}) in the parameters of the fragments the forms are made of.
 */
@ControllerAdvice
class FormLimitsAdvice {

    @ModelAttribute("limits")
    FormLimits limits() {
        return FormLimits.ALL;
    }
}
