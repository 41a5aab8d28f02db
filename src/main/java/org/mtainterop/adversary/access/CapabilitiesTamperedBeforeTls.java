package org.mtainterop.adversary.access;

/** TAMPERED_CAPABILITIES: other capabilities and login mechanisms announced before TLS than inside it. */
final class CapabilitiesTamperedBeforeTls implements AccessProfileBehaviour {
    @Override
    public AdvertisedCapabilities capabilities(long maxMessageBytes) {
        return new TamperedCapabilities(maxMessageBytes);
    }
}
