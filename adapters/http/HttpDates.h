#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace garagereg {

// HTTP header values both HTTP clients (webhook delivery, REST ERP adapters) read.

constexpr qint64 maxRetryAfterSeconds = 24 * 60 * 60;

bool isAllDigits(QByteArrayView text);

// An HTTP-date in any of the three forms RFC 9110 makes recipients accept:
//   IMF-fixdate  Sun, 06 Nov 1994 08:49:37 GMT
//   RFC 850      Sunday, 06-Nov-94 08:49:37 GMT  (two-digit years read relative to `now`)
//   asctime      Sun Nov  6 08:49:37 1994
// An invalid QDateTime when it is none of them.
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &now);

// Retry-After as whole seconds from `now` (delta-seconds or an HTTP-date),
// rounded up and capped at 24 h; nullopt when unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace garagereg
