#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace rs {

class Gazetteer;

// Lets the analyst set a report's region by typing part of a name ("金湾", "珠海") or a code.
class RegionPickerDialog : public QDialog
{
    Q_OBJECT

public:
    RegionPickerDialog(const Gazetteer& gazetteer, const QString& currentCode, QWidget* parent = nullptr);
    QString selectedCode() const;

private:
    QLineEdit* m_filter;
    QListView* m_list;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
};

} // namespace rs
