#include "RegionPickerDialog.h"

#include "gazetteer/Gazetteer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace rs {

RegionPickerDialog::RegionPickerDialog(const Gazetteer& gazetteer, const QString& currentCode,
                                       QWidget* parent)
    : QDialog(parent), m_filter(new QLineEdit(this)), m_list(new QListView(this)),
      m_model(new QStandardItemModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Set Region"));
    m_filter->setPlaceholderText(tr("Type a name or code, e.g. 金湾 or 440404"));
    m_filter->setClearButtonEnabled(true);

    auto* unknown = new QStandardItem(tr("Unknown region"));
    unknown->setData(QString(), Qt::UserRole);
    m_model->appendRow(unknown);
    for (const Region& region : gazetteer.all()) {
        auto* item = new QStandardItem(QStringLiteral("%1  %2").arg(
            gazetteer.namePath(region.code).join(QLatin1Char(' ')), region.code));
        item->setData(region.code, Qt::UserRole);
        m_model->appendRow(item);
    }
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->data(Qt::UserRole).toString() == currentCode) {
            m_list->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            break;
        }
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The province, city or county this report is about:"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 520);
}

QString RegionPickerDialog::selectedCode() const
{
    return m_list->currentIndex().data(Qt::UserRole).toString();
}

} // namespace rs
