package org.uclg.carta.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.uclg.carta.kit.CartaProperties;

/** Tells whoever started the platform where it is and how to sign in. */
@Component
class ReadyBanner {

    private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

    private final CartaProperties props;

    ReadyBanner(CartaProperties props) {
        this.props = props;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("Carta is ready at {}/", props.baseUrl());
        if (props.demo()
                && props.admin().email() != null
                && !props.admin().email().isBlank()) {
            log.info(
                    "Demo mode: sign in as {} with password '{}' (editor@carta.example and "
                            + "representative@carta.example use 'carta-demo-2026'). Emails are kept under Secretariat > "
                            + "Outgoing mail.",
                    props.admin().email(),
                    props.admin().password());
        }
    }
}
