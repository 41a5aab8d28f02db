package org.mtainterop.target.container;

/** Postfix from the Debian package, built from containers/postfix/ as mta-interop/postfix:latest. */
public final class PostfixContainer extends ReferenceMtaContainer<PostfixContainer> {
    public static final String IMAGE = "mta-interop/postfix:latest";

    public PostfixContainer() {
        super(IMAGE, "mx.postfix.test");
    }
}
