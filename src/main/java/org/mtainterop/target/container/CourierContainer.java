package org.mtainterop.target.container;

/**
 * Courier's esmtpd from the Debian package, built from containers/courier/ as mta-interop/courier:latest: not a
 * reference MTA with profiles, the one real server here that answers {@code STARTTLS foo} with 502 instead of 501
 * (STARTTLS-02's failing case). It delivers nothing: the scheduler is never started.
 */
public final class CourierContainer extends ReferenceMtaContainer<CourierContainer> {
    public static final String IMAGE = "mta-interop/courier:latest";

    public CourierContainer() {
        super(IMAGE, "mx.courier.test");
    }
}
