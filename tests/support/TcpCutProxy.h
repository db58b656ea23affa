#pragma once

#include <QHostAddress>
#include <QThread>

#include <memory>

namespace garagereg::test {

// A TCP proxy on 127.0.0.1 (a free port) to another address, which a test can
// cut: what a server restart or a network failure does to the clients going
// through it, without touching the server behind it. It runs on a thread of
// its own, so a client that blocks the test's thread (libpq connects and
// waits synchronously) still gets its bytes forwarded.
class TcpCutProxy
{
public:
    enum class Cut {
        Refuse, // new connections are accepted and closed at once: "the server is down"
        Stall,  // new connections are accepted and never answered: "the network is gone"
    };

    TcpCutProxy(const QHostAddress &target, quint16 targetPort);
    ~TcpCutProxy();
    TcpCutProxy(const TcpCutProxy &) = delete;
    TcpCutProxy &operator=(const TcpCutProxy &) = delete;

    quint16 port() const;

    // Closes every connection through the proxy and treats new ones as `mode`
    // says until restore(). Returns how many connections it closed.
    int cut(Cut mode);
    // Forwards again (and closes the connections it stalled meanwhile).
    void restore();

    // Connections forwarded so far, and open now.
    int connectionsForwarded() const;
    int openConnections() const;

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    quint16 m_port = 0;
};

} // namespace garagereg::test
