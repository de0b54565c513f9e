// Fuzzes QdpxReader on a file from elsewhere: a .qdpx archive (zip parsing, entry names, inflating) or a
// bare project.qde (XML, GUIDs, nesting, positions, cross references).
#include "annotations/QdpxReader.h"

#include <QByteArray>

#include <cstdint>

using namespace rs;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // Lowered limits keep every input fast; the checks behind them are the ones real files meet.
    QdpxReader::Limits limits;
    limits.zip.maxEntryBytes = 1024 * 1024;
    limits.zip.maxTotalBytes = 4 * 1024 * 1024;
    limits.zip.maxEntries = 64;
    limits.maxItems = 20000;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QdpxProject project;
    QString error;
    QdpxReader::readBytes(bytes, &project, &error, limits);
    return 0;
}
