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
    // The message for what people outside the server may read (the REST API,
    // stored logs it serves): without internals such as SQL statements and
    // database driver text. The same as message() unless a subclass says otherwise.
    virtual QString publicMessage() const { return m_message; }

private:
    QString m_message;
    QByteArray m_utf8;
};

// A failed SQL statement: message() names the statement and the driver's
// reason (for the server's log and the desktop application), publicMessage() only what failed.
class DatabaseError : public Error
{
public:
    DatabaseError(QString message, QString publicMessage)
        : Error(std::move(message))
        , m_public(std::move(publicMessage))
    {
    }

    QString publicMessage() const override { return m_public; }

private:
    QString m_public;
};

} // namespace garagereg
