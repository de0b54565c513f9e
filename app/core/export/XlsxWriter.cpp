#include "export/XlsxWriter.h"

#include "export/XlsxSheetNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <list>

#include <xlsxwriter.h>

namespace rs {

namespace {

constexpr lxw_color_t barColour = 0x5B8FF9;
constexpr lxw_color_t accentColour = 0xE8684A;
constexpr int maxCellText = 32767; // Excel's limit per cell
constexpr int maxRows = 1048576;

// Owns the libxlsxwriter workbook and keeps the UTF-8 copies of names alive until it is closed, since some
// calls keep the pointers they are given.
class Book
{
public:
    explicit Book(const QString& path) : m_workbook(workbook_new(QFile::encodeName(path).constData())) {}
    ~Book()
    {
        if (m_workbook)
            workbook_close(m_workbook); // only reached on an error path; the result no longer matters
    }
    Book(const Book&) = delete;
    Book& operator=(const Book&) = delete;

    lxw_workbook* get() const { return m_workbook; }
    const char* utf8(const QString& text)
    {
        m_strings.push_back(text.left(maxCellText).toUtf8());
        return m_strings.back().constData();
    }
    lxw_error close()
    {
        const lxw_error result = workbook_close(m_workbook);
        m_workbook = nullptr;
        return result;
    }

private:
    lxw_workbook* m_workbook;
    std::list<QByteArray> m_strings;
};

QString libraryMessage(lxw_error code)
{
    return QString::fromUtf8(lxw_strerror(code));
}

bool isNumber(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

struct Sheet
{
    Book& book;
    lxw_worksheet* worksheet;
    QString name;
    lxw_error failure = LXW_NO_ERROR;

    void note(lxw_error result)
    {
        if (failure == LXW_NO_ERROR)
            failure = result;
    }
    void text(int row, int column, const QString& value, lxw_format* format = nullptr)
    {
        note(worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), book.utf8(value), format));
    }
    void number(int row, int column, double value, lxw_format* format = nullptr)
    {
        if (std::isfinite(value)) // NaN/inf have no spreadsheet form; left blank like a missing value
            note(worksheet_write_number(worksheet, lxw_row_t(row), lxw_col_t(column), value, format));
    }
    void cell(int row, int column, const QVariant& value)
    {
        if (!value.isValid() || value.isNull())
            return;
        if (isNumber(value))
            number(row, column, value.toDouble());
        else if (value.typeId() == QMetaType::Bool)
            note(worksheet_write_boolean(worksheet, lxw_row_t(row), lxw_col_t(column), value.toBool(),
                                         nullptr));
        else
            text(row, column, value.toString());
    }
};

bool needsDisplayColumn(double divisor, const QString& unitLabel, const QString& rawUnit)
{
    return divisor != 1.0 || (!unitLabel.isEmpty() && unitLabel != rawUnit);
}

QString withUnit(const QString& name, const QString& unit)
{
    return unit.isEmpty() ? name : XlsxWriter::tr("%1 (%2)").arg(name, unit);
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* display = nullptr;
    lxw_format* note = nullptr;
};

Formats makeFormats(Book& book, const QString& unitLabel)
{
    Formats formats;
    formats.header = workbook_add_format(book.get());
    format_set_bold(formats.header);
    formats.display = workbook_add_format(book.get());
    format_set_num_format(formats.display, book.utf8(XlsxWriter::displayNumberFormat(unitLabel)));
    formats.note = workbook_add_format(book.get());
    format_set_italic(formats.note);
    return formats;
}

void addChart(Book& book, Sheet& sheet, const ChartData& chart, const QVector<int>& plottedColumns,
              int anchorColumn)
{
    const int count = int(chart.categories.size());
    const bool line = chart.kind == ChartData::Kind::Line || chart.kind == ChartData::Kind::SmallMultiples;
    lxw_chart* excelChart = workbook_add_chart(book.get(), line ? LXW_CHART_LINE : LXW_CHART_BAR);
    for (int s = 0; s < plottedColumns.size(); ++s) {
        lxw_chart_series* series = chart_add_series(excelChart, nullptr, nullptr);
        chart_series_set_categories(series, book.utf8(sheet.name), 1, 0, lxw_row_t(count), 0);
        chart_series_set_values(series, book.utf8(sheet.name), 1, lxw_col_t(plottedColumns.at(s)),
                                lxw_row_t(count), lxw_col_t(plottedColumns.at(s)));
        chart_series_set_name_range(series, book.utf8(sheet.name), 0, lxw_col_t(plottedColumns.at(s)));
        if (line) {
            // Targets dashed, as drawn everywhere else; a missing year stays a gap (Excel's default).
            chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
            if (s < chart.series.size() && chart.series.at(s).target) {
                lxw_chart_line dashed = {};
                dashed.dash_type = LXW_CHART_LINE_DASH_DASH;
                chart_series_set_line(series, &dashed);
            }
            continue;
        }
        if (plottedColumns.size() == 1) {
            lxw_chart_fill fill = {barColour, 0, 0};
            chart_series_set_fill(series, &fill);
            if (chart.selected.contains(true)) {
                // Non-selected bars need an empty point, not a null one: the array is null-terminated.
                static lxw_chart_fill accent = {accentColour, 0, 0};
                static lxw_chart_point plain = {nullptr, nullptr, nullptr};
                static lxw_chart_point highlighted = {nullptr, &accent, nullptr};
                QVector<lxw_chart_point*> points;
                for (int i = 0; i < count && i < 65535; ++i)
                    points.append(i < chart.selected.size() && chart.selected.at(i) ? &highlighted : &plain);
                points.append(nullptr);
                sheet.note(chart_series_set_points(series, points.data()));
            }
        }
    }
    chart_title_set_name(excelChart, book.utf8(chart.title));
    if (line) {
        chart_axis_set_name(excelChart->y_axis,
                            book.utf8(chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel));
        chart_axis_set_num_format(excelChart->y_axis, "#,##0.##");
        if (!XlsxWriter::hasNegative(chart))
            chart_axis_set_min(excelChart->y_axis, 0);
        lxw_chart_options options = {};
        options.x_scale = 2.0;
        options.y_scale = 1.5;
        sheet.note(
            worksheet_insert_chart_opt(sheet.worksheet, 1, lxw_col_t(anchorColumn), excelChart, &options));
        return;
    }
    // libxlsxwriter swaps the axes of bar charts: y_axis is the vertical category axis. Reversed so the
    // first category is on top; crossing at its maximum keeps the value axis at the bottom.
    chart_axis_set_reverse(excelChart->y_axis);
    chart_axis_set_crossing_max(excelChart->y_axis);
    chart_axis_set_name(excelChart->x_axis,
                        book.utf8(chart.unitLabel.isEmpty() ? chart.unit : chart.unitLabel));
    chart_axis_set_num_format(excelChart->x_axis, "#,##0.##");
    if (!XlsxWriter::hasNegative(chart))
        chart_axis_set_min(excelChart->x_axis, 0); // comparable bar lengths
    if (plottedColumns.size() < 2)
        chart_legend_set_position(excelChart, LXW_CHART_LEGEND_NONE);
    lxw_chart_options options = {};
    options.x_scale = 1.5;
    options.y_scale = std::clamp(count * 20.0 / 288.0, 1.0, 60.0); // about 20 px per bar
    sheet.note(worksheet_insert_chart_opt(sheet.worksheet, 1, lxw_col_t(anchorColumn), excelChart, &options));
}

bool writeChartSheet(Book& book, XlsxSheetNames& names, const ChartData& chart, QString* error)
{
    const QString name = names.add(chart.title.isEmpty() ? XlsxWriter::tr("Chart") : chart.title);
    Sheet sheet{book, workbook_add_worksheet(book.get(), book.utf8(name)), name};
    if (!sheet.worksheet) {
        *error = XlsxWriter::tr("Cannot add the sheet \"%1\".").arg(name);
        return false;
    }
    const int count = int(chart.categories.size());
    if (count + 4 > maxRows) {
        *error =
            XlsxWriter::tr("The chart \"%1\" has more categories than a sheet has rows.").arg(chart.title);
        return false;
    }
    const Formats formats = makeFormats(book, chart.unitLabel);
    const bool display = needsDisplayColumn(chart.displayDivisor, chart.unitLabel, chart.unit);
    const bool trend = chart.kind == ChartData::Kind::Line || chart.kind == ChartData::Kind::SmallMultiples;
    sheet.text(0, 0, trend ? XlsxWriter::tr("Year") : XlsxWriter::tr("Region"), formats.header);
    if (!trend)
        sheet.text(0, 1, XlsxWriter::tr("Region code"), formats.header);
    QVector<int> plotted;
    int column = 2;
    for (const ChartSeries& series : chart.series) {
        sheet.text(0, column, withUnit(series.name, chart.unit), formats.header);
        if (display)
            sheet.text(0, column + 1, withUnit(series.name, chart.unitLabel), formats.header);
        for (int i = 0; i < count && i < series.values.size(); ++i) {
            if (!series.values.at(i))
                continue;
            const double raw = *series.values.at(i);
            sheet.number(i + 1, column, raw);
            if (display)
                sheet.number(i + 1, column + 1, XlsxWriter::displayed(raw, chart.displayDivisor),
                             formats.display);
        }
        plotted.append(display ? column + 1 : column);
        column += display ? 2 : 1;
    }
    for (int i = 0; i < count; ++i) {
        sheet.text(i + 1, 0, chart.categories.at(i));
        if (!trend && i < chart.categoryCodes.size() && !chart.categoryCodes.at(i).isEmpty())
            sheet.text(i + 1, 1, chart.categoryCodes.at(i));
    }
    int noteRow = count + 2;
    for (const QString& note : {chart.sourceNote, chart.filterNote, chart.missingNote, chart.mapNote}) {
        if (!note.isEmpty())
            sheet.text(noteRow++, 0, note, formats.note);
    }
    worksheet_set_column(sheet.worksheet, 0, 0, 22, nullptr);
    worksheet_set_column(sheet.worksheet, 1, lxw_col_t(column - 1), 16, nullptr);
    worksheet_freeze_panes(sheet.worksheet, 1, 0);
    // A map has no native chart in a workbook: the sheet holds its values and notes.
    if (!plotted.isEmpty() && count > 0 && chart.kind != ChartData::Kind::Map)
        addChart(book, sheet, chart, plotted, column + 1);
    if (sheet.failure != LXW_NO_ERROR) {
        *error = XlsxWriter::tr("Cannot fill the sheet \"%1\": %2.").arg(name, libraryMessage(sheet.failure));
        return false;
    }
    return true;
}

bool writeTableSheet(Book& book, XlsxSheetNames& names, const ExportTable& table, QString* error)
{
    const QString name = names.add(table.name.isEmpty() ? XlsxWriter::tr("Data") : table.name);
    Sheet sheet{book, workbook_add_worksheet(book.get(), book.utf8(name)), name};
    if (!sheet.worksheet) {
        *error = XlsxWriter::tr("Cannot add the sheet \"%1\".").arg(name);
        return false;
    }
    if (table.rows.size() + 1 > maxRows) {
        *error = XlsxWriter::tr("The table \"%1\" has %2 rows, more than a sheet can hold.")
                     .arg(table.name)
                     .arg(table.rows.size());
        return false;
    }
    const Formats formats = makeFormats(book, table.displayUnitLabel);
    const int valueColumn = table.valueColumn;
    const bool display =
        valueColumn >= 0 && needsDisplayColumn(table.displayDivisor, table.displayUnitLabel, QString());
    // Columns after the value column shift right by one when the display column is inserted.
    auto sheetColumn = [&](int column) { return display && column > valueColumn ? column + 1 : column; };
    for (int c = 0; c < table.headers.size(); ++c)
        sheet.text(0, sheetColumn(c), table.headers.at(c), formats.header);
    if (display)
        sheet.text(
            0, valueColumn + 1,
            XlsxWriter::tr("%1 (displayed)").arg(table.headers.value(valueColumn, XlsxWriter::tr("Value"))),
            formats.header);
    for (int r = 0; r < table.rows.size(); ++r) {
        const QVector<QVariant>& row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c)
            sheet.cell(r + 1, sheetColumn(c), row.at(c));
        if (display && valueColumn < row.size() && isNumber(row.at(valueColumn)))
            sheet.number(r + 1, valueColumn + 1,
                         XlsxWriter::displayed(row.at(valueColumn).toDouble(), table.displayDivisor),
                         formats.display);
    }
    const int columns = int(table.headers.size()) + (display ? 1 : 0);
    if (columns > 0) {
        worksheet_set_column(sheet.worksheet, 0, lxw_col_t(columns - 1), 16, nullptr);
        worksheet_autofilter(sheet.worksheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
    }
    worksheet_freeze_panes(sheet.worksheet, 1, 0);
    if (sheet.failure != LXW_NO_ERROR) {
        *error = XlsxWriter::tr("Cannot fill the sheet \"%1\": %2.").arg(name, libraryMessage(sheet.failure));
        return false;
    }
    return true;
}

// libxlsxwriter opens the path itself, so the workbook goes to a temporary file beside the target and is
// renamed over it once complete: a failed export never leaves a truncated file behind.
bool writeViaTemporary(const QString& path, QString* error, const std::function<bool(Book&, QString*)>& fill)
{
    QTemporaryFile temporary(
        QFileInfo(path).absoluteDir().filePath(QStringLiteral(".regionscope-XXXXXX.xlsx")));
    if (!temporary.open()) {
        *error =
            XlsxWriter::tr("Cannot write to the folder of \"%1\": %2.").arg(path, temporary.errorString());
        return false;
    }
    temporary.close();
    {
        Book book(temporary.fileName());
        if (!book.get()) {
            *error = XlsxWriter::tr("Cannot create the workbook \"%1\".").arg(path);
            return false;
        }
        if (!fill(book, error))
            return false;
        const lxw_error closed = book.close();
        if (closed != LXW_NO_ERROR) {
            *error = XlsxWriter::tr("Cannot write \"%1\": %2.").arg(path, libraryMessage(closed));
            return false;
        }
    }
    if (std::rename(QFile::encodeName(temporary.fileName()).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        *error = XlsxWriter::tr("Cannot replace \"%1\".").arg(path);
        return false;
    }
    temporary.setAutoRemove(false);
    // QTemporaryFile creates owner-only files; an exported workbook is an ordinary document.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return true;
}

} // namespace

double XlsxWriter::displayed(double raw, double divisor)
{
    return divisor == 0.0 ? raw : raw / divisor;
}

bool XlsxWriter::hasNegative(const ChartData& chart)
{
    for (const ChartSeries& series : chart.series) {
        for (const std::optional<double>& value : series.values) {
            if (value && *value < 0)
                return true;
        }
    }
    return false;
}

QString XlsxWriter::displayNumberFormat(const QString& unitLabel)
{
    QString label = unitLabel;
    label.remove(QLatin1Char('"')).remove(QLatin1Char('\\'));
    return label.isEmpty() ? QStringLiteral("#,##0.##") : QStringLiteral("#,##0.00\"%1\"").arg(label);
}

bool XlsxWriter::write(const QString& path, const QVector<ChartData>& charts,
                       const QVector<ExportTable>& tables, QString* error)
{
    QString message;
    if (charts.isEmpty() && tables.isEmpty()) {
        message = tr("There is nothing to export.");
    } else {
        const bool ok = writeViaTemporary(path, &message, [&](Book& book, QString* fillError) {
            XlsxSheetNames names;
            for (const ChartData& chart : charts) {
                if (!writeChartSheet(book, names, chart, fillError))
                    return false;
            }
            for (const ExportTable& table : tables) {
                if (!writeTableSheet(book, names, table, fillError))
                    return false;
            }
            return true;
        });
        if (ok)
            return true;
    }
    if (error)
        *error = message;
    return false;
}

bool XlsxWriter::chartWorkbook(const ChartData& chart, QByteArray* xlsx, QString* error)
{
    QTemporaryDir folder;
    QString message;
    const QString path = folder.filePath(QStringLiteral("chart.xlsx"));
    bool ok = folder.isValid();
    if (!ok)
        message = tr("Cannot create a temporary folder for the chart workbook.");
    if (ok) {
        ok = writeViaTemporary(path, &message, [&](Book& book, QString*) {
            Sheet sheet{book, workbook_add_worksheet(book.get(), book.utf8(embeddedSheetName())),
                        embeddedSheetName()};
            for (int s = 0; s < chart.series.size(); ++s) {
                const ChartSeries& series = chart.series.at(s);
                sheet.text(0, s + 1, series.name);
                for (int i = 0; i < chart.categories.size() && i < series.values.size(); ++i) {
                    if (series.values.at(i))
                        sheet.number(i + 1, s + 1, displayed(*series.values.at(i), chart.displayDivisor));
                }
            }
            for (int i = 0; i < chart.categories.size(); ++i)
                sheet.text(i + 1, 0, chart.categories.at(i));
            return sheet.failure == LXW_NO_ERROR;
        });
        if (!ok && message.isEmpty())
            message = tr("Cannot fill the chart workbook for \"%1\".").arg(chart.title);
    }
    if (ok) {
        QFile file(path);
        ok = file.open(QIODevice::ReadOnly);
        if (ok)
            *xlsx = file.readAll();
        else
            message = tr("Cannot read back the chart workbook: %1.").arg(file.errorString());
    }
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace rs
