package org.mtainterop.target.container;

/** Exim from the Debian package, built from containers/exim/ as mta-interop/exim:latest. */
public final class EximContainer extends ReferenceMtaContainer<EximContainer> {
    public static final String IMAGE = "mta-interop/exim:latest";

    public EximContainer() {
        super(IMAGE, "mx.exim.test");
    }
}
