#include "models/webhooks/WebhookSignature.h"

#include "models/common/Error.h"

#include <QMessageAuthenticationCode>
#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
#include <openssl/core_names.h>
#include <openssl/evp.h>
#endif
#include <QRandomGenerator>
#include <QtNumeric>

#include <limits>

namespace garagereg {

namespace {

const QByteArray garageRegPrefix = QByteArrayLiteral("sha256=");
const QByteArray standardPrefix = QByteArrayLiteral("whsec_");

#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
// One HMAC-SHA256 context per thread, its digest set once: creating a context
// and setting the digest by name (a provider lookup under locks) cost several
// times the signature itself. Each signature only sets the key on it.
class ThreadHmacContext
{
public:
    ThreadHmacContext()
    {
        static EVP_MAC *const mac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr); // immutable, shared
        if (!mac)
            return;
        m_context = EVP_MAC_CTX_new(mac);
        char digest[] = OSSL_DIGEST_NAME_SHA2_256;
        const OSSL_PARAM parameters[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                         OSSL_PARAM_construct_end()};
        if (m_context && EVP_MAC_CTX_set_params(m_context, parameters) != 1) {
            EVP_MAC_CTX_free(m_context);
            m_context = nullptr;
        }
    }
    ~ThreadHmacContext() { EVP_MAC_CTX_free(m_context); }
    ThreadHmacContext(const ThreadHmacContext &) = delete;
    ThreadHmacContext &operator=(const ThreadHmacContext &) = delete;

    EVP_MAC_CTX *get() const { return m_context; }

private:
    EVP_MAC_CTX *m_context = nullptr;
};

std::optional<QByteArray> openSslHmacSha256(const QByteArray &key, const QByteArray &message)
{
    thread_local const ThreadHmacContext threadContext;
    EVP_MAC_CTX *const context = threadContext.get();
    if (!context)
        return std::nullopt;
    QByteArray result(32, Qt::Uninitialized);
    size_t length = 0;
    const auto bytes = [](const QByteArray &array) {
        return reinterpret_cast<const unsigned char *>(array.constData());
    };
    // A key of length 0 must still be set: init with a null key would reuse the last one.
    static const unsigned char emptyKey = 0;
    const unsigned char *keyBytes = key.isEmpty() ? &emptyKey : bytes(key);
    const bool ok =
        EVP_MAC_init(context, keyBytes, size_t(key.size()), nullptr) == 1
        && EVP_MAC_update(context, bytes(message), size_t(message.size())) == 1
        && EVP_MAC_final(context, reinterpret_cast<unsigned char *>(result.data()), &length, size_t(result.size())) == 1
        && length == size_t(result.size());
    return ok ? std::optional<QByteArray>(result) : std::nullopt;
}
#endif

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
    if (const std::optional<QByteArray> signature = openSslHmacSha256(key, message))
        return *signature;
#endif
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray standardSignedContent(const QString &id, qint64 timestamp, const QByteArray &body)
{
    return id.toUtf8() + '.' + QByteArray::number(timestamp) + '.' + body;
}

} // namespace

QByteArray WebhookSignature::garageReg(const QByteArray &secret, const QByteArray &body)
{
    return garageRegPrefix + hmacSha256(secret, body).toHex();
}

std::optional<QByteArray> WebhookSignature::standardWebhooksKey(const QByteArray &secret)
{
    const QByteArray encoded = secret.startsWith(standardPrefix) ? secret.mid(standardPrefix.size()) : secret;
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 24 || decoded.decoded.size() > 64)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray WebhookSignature::standardWebhooks(const QList<QByteArray> &secrets, const QString &id, qint64 timestamp,
                                              const QByteArray &body)
{
    const QByteArray content = standardSignedContent(id, timestamp, body);
    QList<QByteArray> entries;
    for (const QByteArray &secret : secrets) {
        const std::optional<QByteArray> key = standardWebhooksKey(secret);
        if (!key)
            throw Error(
                tr("The secret is not a Standard Webhooks secret (whsec_ followed by base64 of 24 to 64 bytes)."));
        entries << QByteArrayLiteral("v1,") + hmacSha256(*key, content).toBase64();
    }
    return entries.join(' ');
}

QByteArray WebhookSignature::generateSecret(SignatureScheme scheme)
{
    if (scheme == SignatureScheme::StandardWebhooks)
        return standardPrefix + randomBytes(32).toBase64();
    return randomBytes(32).toHex();
}

QString WebhookSignature::secretProblem(SignatureScheme scheme, const QByteArray &secret)
{
    if (secret.isEmpty())
        return tr("The secret is empty.");
    if (scheme == SignatureScheme::StandardWebhooks && !standardWebhooksKey(secret))
        return tr("A Standard Webhooks secret must be whsec_ followed by base64 of 24 to 64 random bytes.");
    if (scheme == SignatureScheme::GarageReg && secret.size() < 16)
        return tr("The secret must be at least 16 characters long.");
    return {};
}

bool WebhookSignature::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Runs over the whole of both, whatever they hold; only the lengths leak.
    unsigned char difference = a.size() == b.size() ? 0 : 1;
    const qsizetype length = std::max(a.size(), b.size());
    for (qsizetype i = 0; i < length; ++i) {
        const auto left = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto right = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
        difference |= left ^ right;
    }
    return difference == 0;
}

WebhookSignature::Verification WebhookSignature::verify(SignatureScheme scheme, const QByteArray &secret,
                                                        const QByteArray &body, const QByteArray &signatureHeader,
                                                        const QString &id, std::optional<qint64> timestamp,
                                                        qint64 toleranceSeconds, const QDateTime &now)
{
    if (timestamp) {
        // Replay protection: too old or too far ahead is refused alike. The
        // timestamp is outside input, so its distance from now is computed
        // without overflowing (a wrapped difference could look fresh).
        const qint64 tolerance = std::max<qint64>(toleranceSeconds, 0);
        qint64 age = 0;
        if (qSubOverflow(now.toSecsSinceEpoch(), *timestamp, &age) || age == std::numeric_limits<qint64>::min())
            return {false, tr("the timestamp %1 is not a time near now").arg(*timestamp)};
        if (age > tolerance)
            return {false,
                    tr("the timestamp is %1 seconds old, outside the tolerance of %2 seconds").arg(age).arg(tolerance)};
        if (age < -tolerance)
            return {false, tr("the timestamp is %1 seconds in the future, outside the tolerance of %2 seconds")
                               .arg(-age)
                               .arg(tolerance)};
    }
    if (scheme == SignatureScheme::GarageReg) {
        if (constantTimeEquals(garageReg(secret, body), signatureHeader.trimmed()))
            return {true, {}};
        return {false, tr("the signature does not match the body")};
    }

    if (id.isEmpty() || !timestamp)
        return {false, tr("Standard Webhooks signatures need the webhook-id and webhook-timestamp")};
    const std::optional<QByteArray> key = standardWebhooksKey(secret);
    if (!key)
        return {false, tr("the secret is not a Standard Webhooks secret")};
    const QByteArray expected = hmacSha256(*key, standardSignedContent(id, *timestamp, body)).toBase64();
    bool matched = false;
    for (const QByteArray &entry : signatureHeader.split(' ')) {
        if (entry.startsWith("v1,"))
            matched |= constantTimeEquals(entry.mid(3), expected);
    }
    if (matched)
        return {true, {}};
    return {false, tr("no v1 signature matches the body")};
}

} // namespace garagereg
