#include "adapters/secrets/SecretBox.h"

#include "models/common/Error.h"

#include <sodium.h>

namespace garagereg {

namespace {

static_assert(SecretBox::keySize == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(SecretBox::nonceSize == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

void initializeSodium()
{
    // sodium_init() is thread-safe and may be called more than once.
    static const int initialized = sodium_init();
    if (initialized < 0)
        throw Error(QStringLiteral("libsodium could not be initialized"));
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

unsigned char *bytes(QByteArray &data)
{
    return reinterpret_cast<unsigned char *>(data.data());
}

} // namespace

QByteArray SecretBox::generateKey()
{
    initializeSodium();
    QByteArray key(keySize, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    return key;
}

QString SecretBox::keyIdOf(const QByteArray &key)
{
    initializeSodium();
    // BLAKE2b keyed with the key itself over a fixed label: a one-way name.
    static const QByteArray label("garagereg team key id v1");
    QByteArray hash(8, Qt::Uninitialized);
    crypto_generichash(bytes(hash), static_cast<size_t>(hash.size()), bytes(label),
                       static_cast<unsigned long long>(label.size()), bytes(key), static_cast<size_t>(key.size()));
    return QString::fromLatin1(hash.toHex());
}

SecretBox::Sealed SecretBox::seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData)
{
    initializeSodium();
    if (key.size() != keySize)
        throw Error(QStringLiteral("a team key must be %1 bytes").arg(keySize));
    Sealed sealed;
    sealed.nonce = QByteArray(nonceSize, Qt::Uninitialized);
    randombytes_buf(sealed.nonce.data(), nonceSize);
    sealed.ciphertext = QByteArray(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(sealed.ciphertext), &length, bytes(plaintext),
                                               static_cast<unsigned long long>(plaintext.size()), bytes(associatedData),
                                               static_cast<unsigned long long>(associatedData.size()), nullptr,
                                               bytes(sealed.nonce), bytes(key));
    sealed.ciphertext.resize(static_cast<qsizetype>(length));
    return sealed;
}

std::optional<QByteArray> SecretBox::open(const QByteArray &key, const QByteArray &nonce, const QByteArray &ciphertext,
                                          const QByteArray &associatedData)
{
    initializeSodium();
    if (key.size() != keySize || nonce.size() != nonceSize
        || ciphertext.size() < static_cast<qsizetype>(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray plaintext(ciphertext.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plaintext), &length, nullptr, bytes(ciphertext),
                                                   static_cast<unsigned long long>(ciphertext.size()),
                                                   bytes(associatedData),
                                                   static_cast<unsigned long long>(associatedData.size()), bytes(nonce),
                                                   bytes(key))
        != 0)
        return std::nullopt;
    plaintext.resize(static_cast<qsizetype>(length));
    return plaintext;
}

} // namespace garagereg
