#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace garagereg::test {

// What a finished garagereg-integrations-cli process left behind.
struct CliRun
{
    int exitCode = -1; // -1 when it crashed or timed out
    QString out;
    QString err;

    // stdout as JSON: an array or an object.
    QJsonValue json() const;
};

// Runs the real command-line tool in tests. Waiting keeps this process's event
// loop turning, so a receiver or server served by the test keeps answering.
class CliProcess
{
public:
    CliProcess(QString program, QProcessEnvironment environment);

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QByteArray &input = {}) const;
    CliRun run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120000) const;
    static CliRun finish(QProcess &process, int timeoutMs = 120000);

    QProcessEnvironment &environment() { return m_environment; }

private:
    QString m_program;
    QProcessEnvironment m_environment;
};

} // namespace garagereg::test
