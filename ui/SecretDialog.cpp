#include "ui/SecretDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace garagereg {

SecretDialog::SecretDialog(const QString &subscriptionName, const QByteArray &secret, QWidget *parent)
    : QDialog(parent)
    , m_subscriptionName(subscriptionName)
    , m_explanation(new QLabel)
    , m_secret(new QLineEdit(QString::fromUtf8(secret)))
    , m_copy(new QPushButton)
{
    m_explanation->setWordWrap(true);
    m_secret->setObjectName(QStringLiteral("secretValue"));
    m_secret->setReadOnly(true);
    QFont monospace = m_secret->font();
    monospace.setFamily(QStringLiteral("monospace"));
    monospace.setStyleHint(QFont::TypeWriter);
    m_secret->setFont(monospace);
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(m_secret->text()) + 24);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_secret->text());
        m_copy->setText(tr("Copied"));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_secret);
    layout->addWidget(buttons);
    retranslateUi();
}

SecretDialog::~SecretDialog()
{
    m_secret->clear();
}

void SecretDialog::retranslateUi()
{
    setWindowTitle(tr("New signing secret"));
    m_explanation->setText(tr("The signing secret of \"%1\" is shown only this once. Copy it now and configure it in "
                              "the receiver, which uses it to verify the signatures. It is kept in the keychain and "
                              "cannot be shown again; rotate it if it is lost.")
                               .arg(m_subscriptionName));
    m_copy->setText(tr("&Copy"));
}

void SecretDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace garagereg
