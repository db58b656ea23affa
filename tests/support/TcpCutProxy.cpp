#include "tests/support/TcpCutProxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace garagereg::test {

class TcpCutProxy::Worker : public QObject
{
public:
    Worker(const QHostAddress &target, quint16 targetPort)
        : m_target(target)
        , m_targetPort(targetPort)
    {
    }

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            qFatal("TcpCutProxy: cannot listen: %s", qPrintable(m_server->errorString()));
        connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
        return m_server->serverPort();
    }

    int cut(Cut mode)
    {
        m_cut = mode;
        int closed = 0;
        for (const QPointer<QTcpSocket> &client : std::as_const(m_clients)) {
            if (client) {
                // The other side goes with it (see the pair's disconnected handlers).
                client->abort();
                ++closed;
            }
        }
        m_clients.clear();
        return closed;
    }

    void restore()
    {
        m_cut.reset();
        for (const QPointer<QTcpSocket> &stalled : std::as_const(m_stalled)) {
            if (stalled)
                stalled->abort();
        }
        m_stalled.clear();
    }

    int forwarded = 0;
    int open() const
    {
        int count = 0;
        for (const QPointer<QTcpSocket> &client : m_clients)
            count += client ? 1 : 0;
        return count;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            if (m_cut == Cut::Refuse) {
                client->abort();
                client->deleteLater();
                continue;
            }
            if (m_cut == Cut::Stall) {
                m_stalled.append(client); // read nothing, answer nothing
                continue;
            }
            auto *server = new QTcpSocket(this);
            ++forwarded;
            m_clients.append(client);
            const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
            };
            pipe(client, server);
            pipe(server, client);
            const auto closeBoth = [client = QPointer<QTcpSocket>(client), server = QPointer<QTcpSocket>(server)] {
                for (QTcpSocket *socket : {client.data(), server.data()}) {
                    if (socket) {
                        socket->disconnectFromHost();
                        socket->deleteLater();
                    }
                }
            };
            connect(client, &QTcpSocket::disconnected, this, closeBoth);
            connect(server, &QTcpSocket::disconnected, this, closeBoth);
            connect(server, &QTcpSocket::errorOccurred, this, closeBoth);
            // Written before the server answers: QTcpSocket keeps it until connected.
            server->connectToHost(m_target, m_targetPort);
            if (client->bytesAvailable() > 0)
                server->write(client->readAll());
        }
    }

    QHostAddress m_target;
    quint16 m_targetPort;
    QTcpServer *m_server = nullptr;
    std::optional<Cut> m_cut;
    QList<QPointer<QTcpSocket>> m_clients;
    QList<QPointer<QTcpSocket>> m_stalled;
};

TcpCutProxy::TcpCutProxy(const QHostAddress &target, quint16 targetPort)
{
    m_thread.setObjectName(QStringLiteral("TcpCutProxy"));
    m_worker = new Worker(target, targetPort);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

TcpCutProxy::~TcpCutProxy()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint16 TcpCutProxy::port() const
{
    return m_port;
}

int TcpCutProxy::cut(Cut mode)
{
    int closed = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, mode, &closed] { closed = m_worker->cut(mode); }, Qt::BlockingQueuedConnection);
    return closed;
}

void TcpCutProxy::restore()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->restore(); }, Qt::BlockingQueuedConnection);
}

int TcpCutProxy::connectionsForwarded() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &count] { count = m_worker->forwarded; }, Qt::BlockingQueuedConnection);
    return count;
}

int TcpCutProxy::openConnections() const
{
    int count = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &count] { count = m_worker->open(); }, Qt::BlockingQueuedConnection);
    return count;
}

} // namespace garagereg::test
