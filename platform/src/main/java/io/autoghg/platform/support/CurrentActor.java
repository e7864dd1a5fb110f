package io.autoghg.platform.support;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Reads the actor the security filter stored on the current request. */
public final class CurrentActor {
    public static final String ATTRIBUTE = "autoghg.actor";

    private CurrentActor() {
    }

    static Actor get() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object actor = attributes == null ? null : attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return actor instanceof Actor a ? a : new Actor("anonymous");
    }
}
