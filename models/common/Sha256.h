#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace garagereg {

// SHA-256 of `data` (32 bytes). Through OpenSSL where the build has it (its
// hardware-accelerated code is several times faster than QCryptographicHash's
// portable one, which showed in the ERP sync's per-record fingerprints);
// QCryptographicHash otherwise. Thread-safe.
QByteArray sha256(QByteArrayView data);

} // namespace garagereg
