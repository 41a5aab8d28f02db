package org.mtainterop.target.container;

import java.util.Locale;
import java.util.function.Supplier;

/** The reference MTAs that have an image in containers/. */
public enum ReferenceMta {
    POSTFIX(PostfixContainer::new), EXIM(EximContainer::new), OPENSMTPD(OpenSmtpdContainer::new);

    private final Supplier<ReferenceMtaContainer<?>> factory;

    ReferenceMta(Supplier<ReferenceMtaContainer<?>> factory) {
        this.factory = factory;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public ReferenceMtaContainer<?> newContainer() {
        return factory.get();
    }

    /**
     * A container of the image {@code profile} needs: the MTA's own, but for a profile that needs a library the
     * package's cannot be configured into (Postfix's {@code compression}: OpenSSL with zlib).
     */
    public ReferenceMtaContainer<?> newContainer(ContainerTlsProfile profile) {
        return this == POSTFIX ? PostfixContainer.forProfile(profile) : newContainer();
    }

    public static ReferenceMta parse(String text) {
        for (ReferenceMta m : values()) {
            if (m.label().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown reference MTA '" + text + "' (expected postfix, exim, opensmtpd or all)");
    }
}
