#include "ui/Page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace garagereg {

Page::Page(Section section, QWidget *parent)
    : QWidget(parent)
    , m_section(section)
{
    setObjectName(QStringLiteral("page-") + SectionInfo::key(section));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("pageDescription"));
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = m_layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(18);
    m_contentLayout = new QVBoxLayout;
    m_contentLayout->setSpacing(12);
    layout->addLayout(m_contentLayout);
    layout->addStretch(1);

    retranslateUi();
}

void Page::setContentFillsHeight(bool fills)
{
    // Items: title, description, spacing, content, stretch.
    m_layout->setStretch(3, fills ? 1 : 0);
    m_layout->setStretch(4, fills ? 0 : 1);
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Page::retranslateUi()
{
    m_title->setText(SectionInfo::title(m_section));
    m_description->setText(SectionInfo::description(m_section));
}

} // namespace garagereg
