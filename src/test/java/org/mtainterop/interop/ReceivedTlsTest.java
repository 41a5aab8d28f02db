package org.mtainterop.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Received headers below are what the reference MTAs wrote in a real interop run (trimmed). */
class ReceivedTlsTest {
    static final String POSTFIX = "from out.exim-to-postfix.test (unknown [172.20.0.12]) (using TLSv1.3 with cipher "
            + "TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange ECDHE (prime256v1) server-signature ECDSA (prime256v1) "
            + "server-digest SHA256) (No client certificate requested) by mx.postfix.test (Postfix) with ESMTPS id 5C960198598";
    static final String EXIM = "from [172.20.0.8] (helo=out.exim-to-exim.test) by mx.exim.test with esmtps  (TLS1.3) tls "
            + "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <alice@exim-to-exim.test>)";
    static final String OPENSMTPD = "from 7cad820c5981 (<unknown> [172.20.0.13]) by mx.opensmtpd.test (OpenSMTPD) with "
            + "ESMTPS id 0a673434 (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO) for <bob@opensmtpd.test>";

    @Test
    void readsEachReceiversWording() {
        assertThat(ReceivedTls.parse(POSTFIX)).contains(new ReceivedTls("TLSv1.3", "TLS_AES_256_GCM_SHA384"));
        assertThat(ReceivedTls.parse(EXIM)).contains(new ReceivedTls("TLSv1.3", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"));
        assertThat(ReceivedTls.parse(OPENSMTPD)).contains(new ReceivedTls("TLSv1.3", "TLS_AES_256_GCM_SHA384"));
        assertThat(ReceivedTls.parse("from x (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO)"))
                .contains(new ReceivedTls("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"));
    }

    @Test
    void plaintextHasNoTls() {
        assertThat(ReceivedTls.parse("from a.test (a.test [192.0.2.1]) by mx.postfix.test (Postfix) with ESMTP id 1"))
                .isEmpty();
    }

    @Test
    void findsTheTopReceivedOfTheMessageInAnMbox() {
        String mbox = "From alice@a.test Sun Nov 29 05:30:46 2026\nReceived: from other\nMessage-ID: <1@x>\n\nbody\n"
                + "From alice@b.test Sun Nov 29 05:30:47 2026\nReceived: " + OPENSMTPD.substring(0, 40) + "\n\t"
                + OPENSMTPD.substring(40) + "\nReceived: from inner\nMessage-ID: <2@x>\n\nbody\n";
        assertThat(MboxMessage.find(mbox, "<2@x>").flatMap(MboxMessage::topReceived).flatMap(ReceivedTls::parse))
                .contains(new ReceivedTls("TLSv1.3", "TLS_AES_256_GCM_SHA384"));
        assertThat(MboxMessage.find(mbox, "<3@x>")).isEmpty();
    }
}
