#include "export/PptxTemplate.h"

namespace rs {

namespace {

#define RS_PML_NAMESPACES                                                                                    \
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "                                     \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "                       \
    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""

const char* const xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

const char* const emptyShapeTree =
    "<p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/>"
    "</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" "
    "cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm>"
    "</p:grpSpPr></p:spTree>";

QByteArray document(const char* body)
{
    return QByteArray(xmlDeclaration) + body;
}

// Three entries of the same fill/line/effect, as the theme schema requires three per style list.
QByteArray threeTimes(const char* entry)
{
    return QByteArray(entry).repeated(3);
}

} // namespace

QByteArray PptxTemplate::theme()
{
    QByteArray xml(xmlDeclaration);
    // CJK text takes the ea fonts; viewers without them substitute their own CJK face.
    xml +=
        "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"Regionscope\">"
        "<a:themeElements><a:clrScheme name=\"Regionscope\">"
        "<a:dk1><a:srgbClr val=\"000000\"/></a:dk1><a:lt1><a:srgbClr val=\"FFFFFF\"/></a:lt1>"
        "<a:dk2><a:srgbClr val=\"333F50\"/></a:dk2><a:lt2><a:srgbClr val=\"E7E6E6\"/></a:lt2>"
        "<a:accent1><a:srgbClr val=\"5B8FF9\"/></a:accent1><a:accent2><a:srgbClr val=\"E8684A\"/></a:accent2>"
        "<a:accent3><a:srgbClr val=\"5AD8A6\"/></a:accent3><a:accent4><a:srgbClr val=\"F6BD16\"/></a:accent4>"
        "<a:accent5><a:srgbClr val=\"6DC8EC\"/></a:accent5><a:accent6><a:srgbClr val=\"9270CA\"/></a:accent6>"
        "<a:hlink><a:srgbClr val=\"0563C1\"/></a:hlink><a:folHlink><a:srgbClr val=\"954F72\"/></a:folHlink>"
        "</a:clrScheme><a:fontScheme name=\"Regionscope\">"
        "<a:majorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"Microsoft YaHei\"/><a:cs typeface=\"\"/>"
        "<a:font script=\"Hans\" typeface=\"Microsoft YaHei\"/></a:majorFont>"
        "<a:minorFont><a:latin typeface=\"Arial\"/><a:ea typeface=\"Microsoft YaHei\"/><a:cs typeface=\"\"/>"
        "<a:font script=\"Hans\" typeface=\"Microsoft YaHei\"/></a:minorFont>"
        "</a:fontScheme><a:fmtScheme name=\"Regionscope\"><a:fillStyleLst>";
    xml += threeTimes("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
    xml += "</a:fillStyleLst><a:lnStyleLst>";
    xml += threeTimes("<a:ln w=\"9525\" cap=\"flat\" cmpd=\"sng\" algn=\"ctr\"><a:solidFill><a:schemeClr "
                      "val=\"phClr\"/></a:solidFill><a:prstDash val=\"solid\"/></a:ln>");
    xml += "</a:lnStyleLst><a:effectStyleLst>";
    xml += threeTimes("<a:effectStyle><a:effectLst/></a:effectStyle>");
    xml += "</a:effectStyleLst><a:bgFillStyleLst>";
    xml += threeTimes("<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>");
    xml += "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>"
           "</a:theme>";
    return xml;
}

QByteArray PptxTemplate::slideMaster()
{
    QByteArray xml(xmlDeclaration);
    xml += "<p:sldMaster " RS_PML_NAMESPACES "><p:cSld><p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/>"
           "</p:bgRef></p:bg>";
    xml += emptyShapeTree;
    xml +=
        "</p:cSld><p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" "
        "accent2=\"accent2\" accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" "
        "hlink=\"hlink\" folHlink=\"folHlink\"/>"
        "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
        "<p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz=\"2800\"><a:solidFill><a:schemeClr val=\"tx1\"/>"
        "</a:solidFill><a:latin typeface=\"+mj-lt\"/><a:ea typeface=\"+mj-ea\"/><a:cs typeface=\"+mj-cs\"/>"
        "</a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz=\"1800\"><a:solidFill>"
        "<a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/>"
        "<a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr>"
        "<a:defRPr sz=\"1800\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin "
        "typeface=\"+mn-lt\"/><a:ea typeface=\"+mn-ea\"/><a:cs typeface=\"+mn-cs\"/></a:defRPr></a:lvl1pPr>"
        "</p:otherStyle></p:txStyles></p:sldMaster>";
    return xml;
}

QByteArray PptxTemplate::blankLayout()
{
    QByteArray xml(xmlDeclaration);
    xml += "<p:sldLayout " RS_PML_NAMESPACES " type=\"blank\" preserve=\"1\"><p:cSld name=\"Blank\">";
    xml += emptyShapeTree;
    xml += "</p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>";
    return xml;
}

QByteArray PptxTemplate::presentationProperties()
{
    return document("<p:presentationPr " RS_PML_NAMESPACES "/>");
}

QByteArray PptxTemplate::viewProperties()
{
    return document("<p:viewPr " RS_PML_NAMESPACES "/>");
}

QByteArray PptxTemplate::tableStyles()
{
    return document("<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                    "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>");
}

} // namespace rs
