#include "models/common/Sha256.h"

#include <QCryptographicHash>
#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
#include <openssl/evp.h>
#endif

#include <optional>

namespace garagereg {

namespace {

#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
// One digest context per thread, with SHA-256 fetched once: fetching it by
// name on every call (what EVP_Digest with EVP_sha256() does in OpenSSL 3) is a
// provider lookup under locks that costs more than hashing a short text.
class ThreadDigestContext
{
public:
    ThreadDigestContext()
        : m_context(EVP_MD_CTX_new())
    {
    }
    ~ThreadDigestContext() { EVP_MD_CTX_free(m_context); }
    ThreadDigestContext(const ThreadDigestContext &) = delete;
    ThreadDigestContext &operator=(const ThreadDigestContext &) = delete;

    EVP_MD_CTX *get() const { return m_context; }

private:
    EVP_MD_CTX *m_context;
};

std::optional<QByteArray> openSslSha256(QByteArrayView data)
{
    static EVP_MD *const digest = EVP_MD_fetch(nullptr, "SHA256", nullptr); // immutable, shared
    thread_local const ThreadDigestContext threadContext;
    EVP_MD_CTX *const context = threadContext.get();
    if (!digest || !context)
        return std::nullopt;
    QByteArray result(32, Qt::Uninitialized);
    unsigned int length = 0;
    const bool ok = EVP_DigestInit_ex(context, digest, nullptr) == 1
                    && EVP_DigestUpdate(context, data.data(), size_t(data.size())) == 1
                    && EVP_DigestFinal_ex(context, reinterpret_cast<unsigned char *>(result.data()), &length) == 1
                    && length == unsigned(result.size());
    return ok ? std::optional<QByteArray>(result) : std::nullopt;
}
#endif

} // namespace

QByteArray sha256(QByteArrayView data)
{
#ifdef GARAGEREG_HAVE_OPENSSL_CRYPTO
    if (const std::optional<QByteArray> hash = openSslSha256(data))
        return *hash;
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace garagereg
