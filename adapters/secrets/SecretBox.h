#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace garagereg {

// Authenticated encryption of secrets under a team key (libsodium's
// XChaCha20-Poly1305, IETF variant). Every sealed value has its own random
// 192-bit nonce, so random nonces never repeat in practice, and is bound to
// "associated data" (which database, which secret, which key): a ciphertext
// copied to another row, another database, or changed by one bit is refused.
class SecretBox
{
public:
    static constexpr int keySize = 32;
    static constexpr int nonceSize = 24;

    // A new random key of keySize bytes.
    static QByteArray generateKey();
    // A short public name of a key (16 hex digits of a keyed BLAKE2b hash): tells
    // keys apart without revealing anything about them.
    static QString keyIdOf(const QByteArray &key);

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext; // includes the 16-byte authentication tag
    };
    static Sealed seal(const QByteArray &key, const QByteArray &plaintext, const QByteArray &associatedData);
    // Empty when the key is wrong or anything (nonce, ciphertext, associated data) was altered.
    static std::optional<QByteArray> open(const QByteArray &key, const QByteArray &nonce, const QByteArray &ciphertext,
                                          const QByteArray &associatedData);
};

} // namespace garagereg
