#pragma once

#include "app/cli/CliContext.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace garagereg {

class Clock;
class SecretStore;

// garagereg-integrations-cli: finds the command named by the leading words,
// parses its options, runs it and returns its exit code. Errors are one line on
// stderr and never contain secrets.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList &arguments);

private:
    const CliCommand *findCommand(const QStringList &words) const;
    QStringList positionalWords(const QStringList &arguments) const;
    QString helpText() const;
    QString commandHelp(const CliCommand &command) const;
    int execute(const QStringList &arguments);

    QList<CliCommand> m_commands;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Clock> m_clock;
};

} // namespace garagereg
