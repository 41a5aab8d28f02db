package org.mtainterop.target.container;

/** Postfix from the Debian package, built from containers/postfix/ as mta-interop/postfix:latest. */
public final class PostfixContainer extends ReferenceMtaContainer<PostfixContainer> {
    public static final String IMAGE = "mta-interop/postfix:latest";

    /**
     * The same Postfix over Debian's OpenSSL 3.0 rebuilt with zlib (containers/postfix-compression/), for the profile
     * {@link ContainerTlsProfile#COMPRESSION}: Debian's own libssl3 has no compression method at all.
     */
    public static final String COMPRESSION_IMAGE = "mta-interop/postfix-compression:latest";

    public PostfixContainer() {
        this(IMAGE);
    }

    private PostfixContainer(String image) {
        super(image, "mx.postfix.test");
    }

    /** A Postfix container of the image {@code profile} needs: {@link #COMPRESSION_IMAGE} for compression. */
    static PostfixContainer forProfile(ContainerTlsProfile profile) {
        return new PostfixContainer(profile == ContainerTlsProfile.COMPRESSION ? COMPRESSION_IMAGE : IMAGE);
    }
}
