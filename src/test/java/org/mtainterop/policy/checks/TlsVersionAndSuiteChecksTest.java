package org.mtainterop.policy.checks;

import static org.mtainterop.net.MailService.IMAP;
import static org.mtainterop.net.MailService.SMTP;
import static org.mtainterop.policy.fixture.InboundFacts.enumeration;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertFailed;
import static org.mtainterop.policy.fixture.VerdictAssertions.assertPassed;
import static org.mtainterop.tls.raw.ProtocolVersion.SSL_2_0;
import static org.mtainterop.tls.raw.ProtocolVersion.SSL_3_0;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_0;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_1;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_2;
import static org.mtainterop.tls.raw.ProtocolVersion.TLS_1_3;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.InboundCheck;
import org.mtainterop.policy.Verdict;
import org.mtainterop.policy.fixture.TlsEnumerationFixture;
import org.mtainterop.probe.TlsEnumerationFacts.SuiteOrder;

/** TLS-VER-01, TLS-VER-02 and TLS-CS-01 to -04, judged from the raw-hello enumeration. */
class TlsVersionAndSuiteChecksTest {
    private static final String ECDHE_GCM = "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";

    private static Verdict judge(InboundCheck check, TlsEnumerationFixture facts) {
        return TlsEnumerationChecksTest.judge(SMTP, check, facts);
    }

    @Nested
    class SslVersionsRefused {
        private final InboundCheck check = new SslVersionsRefusedCheck();

        @Test
        void passesWhenSslv2AndSslv3AreRefused() {
            assertPassed(judge(check, enumeration()), "SMTP on 25 refused hellos pinned to SSLv2 and to SSLv3");
        }

        @Test
        void failsWhenSslv3IsAcceptedAndQuotesTheAnswer() {
            assertFailed(judge(check, enumeration().accepting(SSL_3_0, "TLS_RSA_WITH_AES_128_CBC_SHA")),
                    "SMTP on 25 accepts SSLv3: ServerHello SSLv3");
        }

        @Test
        void failsAndNamesBothWhenBothAreAccepted() {
            assertFailed(TlsEnumerationChecksTest.judge(IMAP, check, enumeration().accepting(SSL_2_0).accepting(SSL_3_0)),
                    "IMAP on 143 accepts SSLv2 and SSLv3: ServerHello SSLv2");
        }
    }

    @Nested
    class LegacyTlsRefused {
        private final InboundCheck check = new LegacyTlsRefusedCheck();

        @Test
        void passesWhenTls10And11AreRefused() {
            assertPassed(judge(check, enumeration()), "SMTP on 25 refused hellos pinned to TLS 1.0 and to TLS 1.1");
        }

        @Test
        void failsAndNamesTheLegacyVersionsAccepted() {
            assertFailed(judge(check, enumeration().accepting(TLS_1_0).accepting(TLS_1_1)),
                    "SMTP on 25 accepts TLSv1 and TLSv1.1 (negotiated with a client offering nothing newer)");
        }

        @Test
        void failsOnTls11Alone() {
            assertFailed(judge(check, enumeration().accepting(TLS_1_1)), "accepts TLSv1.1 (");
        }
    }

    @Nested
    class WeakSuitesRefused {
        private final InboundCheck check = new WeakSuitesRefusedCheck();

        @Test
        void passesAndCountsTheAcceptedSuites() {
            assertPassed(judge(check, enumeration()),
                    "none of the 4 suites SMTP on 25 accepts is NULL, anonymous, RC4, DES/3DES, export or under 128 bits");
        }

        @Test
        void failsOnRc4AndNamesTheSuiteBothWays() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, ECDHE_GCM, "TLS_RSA_WITH_RC4_128_SHA")),
                    "SMTP on 25 accepts 1 weak suite(s): TLS_RSA_WITH_RC4_128_SHA (RC4-SHA)");
        }

        @Test
        void failsOnEveryKindOfWeakness() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, "TLS_RSA_WITH_NULL_SHA256",
                    "TLS_DH_anon_WITH_AES_128_CBC_SHA", "TLS_RSA_EXPORT_WITH_RC4_40_MD5", "TLS_RSA_WITH_DES_CBC_SHA",
                    "TLS_RSA_WITH_3DES_EDE_CBC_SHA")), "accepts 5 weak suite(s)", "NULL-SHA256", "ADH-AES128-SHA",
                    "EXP-RC4-MD5", "DES-CBC-SHA", "DES-CBC3-SHA");
        }
    }

    @Nested
    class ForwardSecrecy {
        private final InboundCheck check = new ForwardSecrecyCheck();

        @Test
        void passesWhenEverySuiteIsEphemeral() {
            assertPassed(judge(check, enumeration()), "all 4 suites SMTP on 25 accepts use ephemeral key exchange");
        }

        @Test
        void failsOnStaticRsaAndStaticEcdh() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, ECDHE_GCM, "TLS_RSA_WITH_AES_128_GCM_SHA256",
                    "TLS_ECDH_RSA_WITH_AES_128_GCM_SHA256")), "SMTP on 25 accepts 2 suite(s) without forward secrecy",
                    "TLS_RSA_WITH_AES_128_GCM_SHA256 (AES128-GCM-SHA256)", "ECDH-RSA-AES128-GCM-SHA256");
        }
    }

    @Nested
    class AnssiSuitesAndServerOrder {
        private final InboundCheck check = new AnssiSuitesAndServerOrderCheck();

        @Test
        void passesWhenEverySuiteIsListedAndTheServersOrderWins() {
            assertPassed(judge(check, enumeration()),
                    "all 4 suites SMTP on 25 accepts are on the ANSSI TLS guide v1.2 list and its own order wins");
        }

        @Test
        void passesWhenNeitherOrderConsistentlyWins() {
            assertPassed(judge(check, enumeration().order(TLS_1_2, SuiteOrder.MIXED)), "the client's order did not win either");
        }

        @Test
        void failsOnASuiteOffTheList() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, ECDHE_GCM, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")),
                    "SMTP on 25 accepts 1 suite(s) not on the ANSSI TLS guide v1.2 list: "
                            + "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA (ECDHE-RSA-AES128-SHA)");
        }

        @Test
        void failsWhenTheClientsOrderWins() {
            assertFailed(judge(check, enumeration().order(TLS_1_3, SuiteOrder.CLIENT)),
                    "offered in reverse order, SMTP on 25 followed the client (TLSv1.3: client's order wins)");
        }

        @Test
        void failsWithBothReasonsAtOnce() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, ECDHE_GCM, "TLS_RSA_WITH_AES_128_CBC_SHA")
                    .order(TLS_1_2, SuiteOrder.CLIENT)), "not on the ANSSI TLS guide v1.2 list: TLS_RSA_WITH_AES_128_CBC_SHA",
                    "; offered in reverse order");
        }
    }

    @Nested
    class CbcOnlyWithEtm {
        private final InboundCheck check = new CbcOnlyWithEtmCheck();

        @Test
        void passesWhenNoCbcSuiteIsAccepted() {
            assertPassed(judge(check, enumeration()), "SMTP on 25 accepts no CBC suite");
        }

        @Test
        void passesWhenEveryCbcSuiteIsAgreedWithEncryptThenMac() {
            assertPassed(judge(check, enumeration().suites(TLS_1_2, ECDHE_GCM, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")),
                    "SMTP on 25 agreed every CBC suite with encrypt_then_mac");
        }

        @Test
        void failsAndNamesTheCbcSuitesChosenWithoutEncryptThenMac() {
            assertFailed(judge(check, enumeration().suites(TLS_1_2, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")
                    .cbcWithoutEtm(TLS_1_2, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256")),
                    "offered only CBC suites with encrypt_then_mac, SMTP on 25 chose CBC without it: "
                            + "TLSv1.2 TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256");
        }
    }
}
