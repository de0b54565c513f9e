#include "AgreementTableModel.h"

#include "util/CsvText.h"

#include "export/XlsxWriter.h"

#include <QFont>
#include <QLocale>
#include <QSaveFile>

#include <limits>

namespace rs {
namespace {

QVariant raw(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QString csvNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 12) : QString();
}

} // namespace

AgreementTableModel::AgreementTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AgreementTableModel::setResult(const AgreementResult& result, Rows rows, qint64 tagId)
{
    beginResetModel();
    m_kind = rows;
    m_coders = result.coders;
    m_level = result.level;
    if (rows == Rows::Tags) {
        m_rows = result.tags;
        if (!result.tags.isEmpty())
            m_rows.append(result.overall);
    } else {
        m_rows = rows == Rows::Pairs ? result.pairs.value(tagId) : result.reports.value(tagId);
    }
    endResetModel();
}

void AgreementTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_coders.clear();
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AgreementRow* AgreementTableModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AgreementTableModel::label(const AgreementRow& row) const
{
    if (m_kind == Rows::Tags)
        return row.tagPath;
    if (m_kind == Rows::Pairs)
        return row.coders.join(QStringLiteral(" – "));
    return row.articleTitle.isEmpty() ? tr("Report %1").arg(row.articleId) : row.articleTitle;
}

QVariant AgreementTableModel::data(const QModelIndex& index, int role) const
{
    const AgreementRow* r = row(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const AgreementFigures& f = r->figures;
    const std::optional<double> coefficient = index.column() == PercentColumn ? f.percent
                                              : index.column() == KappaColumn ? f.kappa
                                              : index.column() == AlphaColumn ? f.alpha
                                                                              : std::nullopt;
    const bool numeric = index.column() >= UnitsColumn;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LabelColumn:
            return label(*r);
        case CodersColumn:
            return r->coders.join(QStringLiteral(", "));
        case UnitsColumn:
            return QLocale().toString(f.units);
        case PercentColumn:
            return coefficient ? tr("%1 %").arg(QLocale().toString(*coefficient, 'f', 1)) : tr("—");
        default:
            return coefficient ? QLocale().toString(*coefficient, 'f', 3) : tr("—");
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn && m_kind == Rows::Tags && r->tagId == 0)
            return tr("Every tag above pooled: each unit of each tag counts once");
        if (!numeric || index.column() == UnitsColumn || coefficient)
            return {};
        if (index.column() == KappaColumn && (m_kind == Rows::Pairs ? r->coders : m_coders).size() != 2)
            return tr("Cohen's κ is defined for exactly two coders; see Krippendorff's α");
        if (f.units == 0)
            return tr("Undefined: no unit was coded by two coders");
        return tr("Undefined: every unit was coded alike (the tag was applied everywhere or nowhere), so "
                  "chance agreement is total");
    case Qt::TextAlignmentRole:
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (m_kind == Rows::Tags && r->tagId == 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case TagIdRole:
        return r->tagId;
    case ArticleIdRole:
        return r->articleId;
    case SortRole:
        if (index.column() == UnitsColumn)
            return f.units;
        if (numeric)
            return coefficient ? *coefficient : -std::numeric_limits<double>::infinity();
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return m_kind == Rows::Tags ? tr("Tag") : m_kind == Rows::Pairs ? tr("Pair") : tr("Report");
    case CodersColumn:
        return tr("Coders");
    case UnitsColumn:
        return m_level == AgreementLevel::Paragraph ? tr("Paragraphs") : tr("Characters");
    case PercentColumn:
        return tr("Agreement");
    case KappaColumn:
        return tr("Cohen's κ");
    case AlphaColumn:
        return tr("Krippendorff's α");
    default:
        return {};
    }
}

ExportTable AgreementTableModel::table(const QString& name) const
{
    ExportTable table;
    table.name = name;
    table.headers = {tr("Tag"),   tr("Report ID"),   tr("Report"),    tr("Coders"),          tr("Level"),
                     tr("Units"), tr("Agreement %"), tr("Cohen's κ"), tr("Krippendorff's α")};
    for (const AgreementRow& r : m_rows) {
        QVector<QVariant> cells;
        cells << r.tagPath << (r.articleId > 0 ? QVariant(r.articleId) : QVariant()) << r.articleTitle
              << r.coders.join(QStringLiteral(", ")) << AgreementCalculator::levelName(m_level)
              << r.figures.units << raw(r.figures.percent) << raw(r.figures.kappa) << raw(r.figures.alpha);
        table.rows.append(cells);
    }
    return table;
}

QByteArray AgreementTableModel::csv() const
{
    QString text = QStringLiteral("tag,report_id,report,coders,level,units,percent,kappa,alpha\r\n");
    for (const AgreementRow& r : m_rows) {
        const QStringList fields{r.tagPath,
                                 r.articleId > 0 ? QString::number(r.articleId) : QString(),
                                 r.articleTitle,
                                 r.coders.join(QLatin1Char(',')),
                                 AgreementCalculator::levelName(m_level),
                                 QString::number(r.figures.units),
                                 csvNumber(r.figures.percent),
                                 csvNumber(r.figures.kappa),
                                 csvNumber(r.figures.alpha)};
        text += CsvText::row(fields);
    }
    return CsvText::document(text);
}

bool AgreementTableModel::write(const QString& path, bool xlsx, QString* error) const
{
    if (m_rows.isEmpty()) {
        if (error)
            *error = tr("nothing to export: no tag was compared");
        return false;
    }
    if (xlsx) {
        QString failure;
        if (XlsxWriter::write(path, {}, {table(tr("Agreement"))}, &failure))
            return true;
        if (error)
            *error = failure;
        return false;
    }
    const QByteArray bytes = csv();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rs
