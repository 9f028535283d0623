package dev.codedrill.docker.dind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the private daemon's mutual-TLS material once (a CA, a server certificate for 127.0.0.1/localhost and a
 * client certificate) and keeps it in the user's data dir, keys readable by the owner only. A lab machine is
 * shared: with --tlsverify no other local user can reach the daemon without the client key.
 */
public final class TlsMaterialStore {

    private static final Duration VALIDITY = Duration.ofDays(5 * 365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path dir;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TlsMaterialStore(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The material in the dir, made (or remade, when missing, broken or near expiry) as needed. */
    public synchronized TlsMaterial ensure() {
        TlsMaterial material = new TlsMaterial(dir.resolve("client"), dir.resolve("server"));
        if (usable(material)) {
            return material;
        }
        try {
            generate(material);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write TLS material to " + dir, e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make TLS material", e);
        }
        return material;
    }

    private boolean usable(TlsMaterial m) {
        for (Path p : new Path[] {m.caCert(), m.clientDir().resolve(TlsMaterial.CERT), m.clientDir().resolve(TlsMaterial.KEY),
                m.serverDir().resolve(TlsMaterial.CA), m.serverDir().resolve(TlsMaterial.SERVER_CERT),
                m.serverDir().resolve(TlsMaterial.SERVER_KEY)}) {
            if (!Files.isRegularFile(p)) {
                return false;
            }
        }
        try (var in = Files.newInputStream(m.serverDir().resolve(TlsMaterial.SERVER_CERT))) {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return cert.getNotAfter().toInstant().isAfter(clock.instant().plus(RENEW_BEFORE));
        } catch (IOException | GeneralSecurityException e) {
            return false;
        }
    }

    private void generate(TlsMaterial m) throws IOException, GeneralSecurityException, OperatorCreationException {
        createPrivateDir(dir);
        createPrivateDir(m.clientDir());
        createPrivateDir(m.serverDir());
        Instant now = clock.instant();
        KeyPair caKeys = rsa();
        X500Name caName = new X500Name("CN=CodeDrill private daemon CA");
        X509v3CertificateBuilder ca = builder(caName, caName, caKeys, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate caCert = sign(ca, caKeys.getPrivate());

        KeyPair serverKeys = rsa();
        X509v3CertificateBuilder server = builder(caName, new X500Name("CN=localhost"), serverKeys, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.dNSName, "localhost")}));
        X509Certificate serverCert = sign(server, caKeys.getPrivate());

        KeyPair clientKeys = rsa();
        X509v3CertificateBuilder client = builder(caName, new X500Name("CN=codedrill-app"), clientKeys, now)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        X509Certificate clientCert = sign(client, caKeys.getPrivate());

        write(m.serverDir().resolve(TlsMaterial.CA), pem(caCert));
        write(m.serverDir().resolve(TlsMaterial.SERVER_CERT), pem(serverCert));
        write(m.serverDir().resolve(TlsMaterial.SERVER_KEY), pem(serverKeys.getPrivate()));
        write(m.clientDir().resolve(TlsMaterial.CERT), pem(clientCert));
        write(m.clientDir().resolve(TlsMaterial.KEY), pem(clientKeys.getPrivate()));
        // the CA last: its presence marks the set complete
        write(m.caCert(), pem(caCert));
    }

    private X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Instant now) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }

    private KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, random);
        return generator.generateKeyPair();
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        }
        return text.toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        if (posix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_FILE));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        Files.writeString(file, content);
    }

    private static void createPrivateDir(Path d) throws IOException {
        Files.createDirectories(d);
        if (posix(d)) {
            Files.setPosixFilePermissions(d, OWNER_DIR);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
