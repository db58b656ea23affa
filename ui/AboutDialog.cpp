#include "ui/AboutDialog.h"

#include "ui/ApplicationIcon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtGlobal>

namespace garagereg {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    m_name = new QLabel(this);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(m_description);
    text->addWidget(m_details);
    text->addStretch(1);

    auto *top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon);
    top->addLayout(text, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(top);
    layout->addSpacing(12);
    layout->addWidget(m_buttons);

    setMinimumWidth(460);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About GarageReg Integrations"));
    m_name->setText(tr("GarageReg Integrations"));
    m_version->setText(tr("Version %1").arg(QCoreApplication::applicationVersion()));
    m_description->setText(tr("Webhook subscriptions and ERP adapters for GarageReg, the registry of gates and "
                              "garage doors."));
    m_details->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

} // namespace garagereg
