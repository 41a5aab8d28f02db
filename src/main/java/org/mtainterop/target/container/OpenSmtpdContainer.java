package org.mtainterop.target.container;

/** OpenSmtpd from the Debian package, built from containers/opensmtpd/ as mta-interop/opensmtpd:latest. */
public final class OpenSmtpdContainer extends ReferenceMtaContainer<OpenSmtpdContainer> {
    public static final String IMAGE = "mta-interop/opensmtpd:latest";

    public OpenSmtpdContainer() {
        super(IMAGE, "mx.opensmtpd.test");
    }
}
