package io.autoghg.platform.web;

import jakarta.validation.Validator;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Creates the console's forms (set-up and data): submitted values, bean validation and localised messages. */
@Component
public class DataForms {
    private final MessageSource messages;
    private final Validator validator;

    DataForms(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /** A submitted form with the given input names; values of other names (plant, tab …) are kept but get no messages. */
    public DataForm read(MultiValueMap<String, String> params, String... fields) {
        return new DataForm(this, params, fields);
    }

    public DataForm blank(String... fields) {
        return new DataForm(this, new LinkedMultiValueMap<>(), fields);
    }

    Validator validator() {
        return validator;
    }

    String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
