#pragma once

#include <QString>

#include <exception>

namespace garagereg {

// The one exception type of the core library. It carries a message meant for
// people (already translated where it reaches users) and never a secret.
// Thrown by storage and configuration code; caught at the boundaries (a CLI
// command, a GUI action, a service slot) and never allowed to cross the event loop.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace garagereg
