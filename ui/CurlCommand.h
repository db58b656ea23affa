#pragma once

#include "models/common/HttpHeaders.h"

#include <QByteArray>
#include <QString>

namespace garagereg {

// A POSIX shell command line that repeats a logged webhook request with curl:
// the URL, every logged request header (the signature yes; the secret is never
// logged, so never here) and the exact body. Each argument is single-quoted.
class CurlCommand
{
public:
    static QString build(const QString &url, const HttpHeaders &headers, const QByteArray &body);
    static QString shellQuote(const QString &text);
};

} // namespace garagereg
