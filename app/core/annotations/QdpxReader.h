#pragma once

#include "QdpxProject.h"
#include "util/ZipArchive.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rs {

// What reading a project accepts. The defaults fit any real project; the fuzz target lowers them.
struct QdpxReaderLimits
{
    ZipLimits zip{qint64(128) * 1024 * 1024, qint64(512) * 1024 * 1024, 100000};
    int maxItems = 2000000; // users + codes + sources + selections + codings + notes
    int maxCodeDepth = 64;
};

// Reads a REFI-QDA project: a .qdpx archive (project.qde plus the source texts under sources/) or a bare
// project.qde. Files come from other tools and from strangers, so reading never trusts them: unsafe or
// oversized archives are refused through ZipArchive, sizes and counts are bounded, nesting is limited,
// and every error names the entry, line and element that is wrong. Elements Regionscope does not use
// (variables, cases, sets, graphs, picture/audio/video sources) are skipped; what could be read but not
// used goes to QdpxProject::warnings.
class QdpxReader
{
    Q_DECLARE_TR_FUNCTIONS(QdpxReader)

public:
    using Limits = QdpxReaderLimits;

    static bool readFile(const QString& path, QdpxProject* project, QString* error,
                         const Limits& limits = Limits());
    // A .qdpx archive or project.qde XML, told apart by the zip signature.
    static bool readBytes(const QByteArray& data, QdpxProject* project, QString* error,
                          const Limits& limits = Limits());
    // project.qde alone; archive (may be null) supplies the texts that plainTextPath="internal://…" names.
    static bool readProjectXml(const QByteArray& xml, const ZipArchive* archive, QdpxProject* project,
                               QString* error, const Limits& limits = Limits());

    static constexpr const char* projectEntryName = "project.qde";
    static constexpr const char* projectNamespace = "urn:QDA-XML:project:1.0";

    // "{ABC…}" or "abc…" → "abc…"; empty when text is not a GUID.
    static QString normalizedGuid(const QString& text);

private:
    static bool readArchive(const ZipArchive& archive, QdpxProject* project, QString* error,
                            const Limits& limits);
};

} // namespace rs
