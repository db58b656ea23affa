#pragma once

#include "adapters/http/WebhookSender.h"
#include "models/domain/WebhookSubscription.h"
#include "ui/Page.h"

#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace garagereg {

struct GuiServices;
class SubscriptionListModel;

// The webhook subscriptions: create and edit them through SubscriptionForm,
// activate or deactivate, rotate the secret (the new one is shown once), send
// a signed test ping and see the answer, delete after a confirmation.
class SubscriptionsPage : public Page
{
    Q_OBJECT

public:
    // Shows the form; returns the subscription and the typed secret (empty:
    // generate one), or nothing when cancelled.
    struct Entry
    {
        WebhookSubscription subscription;
        QByteArray secret;
    };
    using Editor = std::function<std::optional<Entry>(const WebhookSubscription &)>;
    using Confirmer = std::function<bool(const QString &question)>;
    // Shows a new secret the only time it is ever shown.
    using SecretPresenter = std::function<void(const QString &subscriptionName, const QByteArray &secret)>;

    explicit SubscriptionsPage(GuiServices &services, QWidget *parent = nullptr);

    void setRowCounts(const RowCounts &counts) override;
    SubscriptionListModel *model() const { return m_model; }
    // Tests replace the modal dialogs.
    void setEditor(Editor editor) { m_editor = std::move(editor); }
    void setConfirmer(Confirmer confirmer) { m_confirmer = std::move(confirmer); }
    void setSecretPresenter(SecretPresenter presenter) { m_presentSecret = std::move(presenter); }
    // What a new subscription starts with (from Settings).
    void setDefaults(const WebhookSubscription &defaults) { m_defaults = defaults; }

    void createSubscription();
    void editSelected();
    void toggleSelectedActive();
    void rotateSelectedSecret();
    void pingSelected();
    void deleteSelected();
    void selectRow(int row);
    QString statusText() const;
    QString pingText() const;

Q_SIGNALS:
    // An asynchronous action (create, rotate, ping, delete) has finished.
    void actionFinished();

protected:
    void retranslateUi() override;

private:
    void reload();
    std::optional<WebhookSubscription> selected() const;
    void updateButtons();
    void setBusy(bool busy);
    void finishAction(const QString &status);
    void showPingResult(const QString &name, const AttemptResult &result);

    GuiServices &m_services;
    OutboundGuard m_guard;
    WebhookSender m_sender;
    SubscriptionListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_ping = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_pingSummary = nullptr;
    QPlainTextEdit *m_pingResponse = nullptr;
    bool m_busy = false;
    WebhookSubscription m_defaults;
    Editor m_editor;
    Confirmer m_confirmer;
    SecretPresenter m_presentSecret;
};

} // namespace garagereg
