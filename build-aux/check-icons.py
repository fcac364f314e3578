#!/usr/bin/env python3
# check-icons.py ICON.svg...: checks the application icons the way GNOME
# expects them: well-formed SVG; the full-colour icon on a 128x128 canvas;
# a -symbolic icon on a 16x16 canvas, drawn in one flat colour with no
# gradients, images or text, so GTK can recolour it.
#
# Copyright 2026 The Case Reviews authors
# SPDX-License-Identifier: GPL-3.0-or-later

import re
import sys
import xml.etree.ElementTree as ET

SVG = '{http://www.w3.org/2000/svg}'


def size_of(root):
    return (root.get('width'), root.get('height'), root.get('viewBox'))


def check(path):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return ['not well-formed XML: %s' % e]
    if root.tag != SVG + 'svg':
        return ['the root element is not <svg> in the SVG namespace']

    symbolic = path.endswith('-symbolic.svg')
    want = '16' if symbolic else '128'
    width, height, view_box = size_of(root)
    if width != want or height != want:
        problems.append('canvas is %sx%s, expected %sx%s' % (width, height, want, want))
    if view_box != '0 0 %s %s' % (want, want):
        problems.append('viewBox is %r, expected "0 0 %s %s"' % (view_box, want, want))

    drawn = [e for e in root.iter() if e.tag in (SVG + 'path', SVG + 'rect', SVG + 'circle', SVG + 'ellipse', SVG + 'polygon')]
    if not drawn:
        problems.append('draws nothing')

    if symbolic:
        colours = set()
        for e in root.iter():
            tag = e.tag.replace(SVG, '')
            if tag in ('linearGradient', 'radialGradient', 'image', 'text', 'filter'):
                problems.append('uses <%s>, which a symbolic icon must not' % tag)
            fill = e.get('fill')
            if fill and fill != 'none':
                colours.add(fill.lower())
            stroke = e.get('stroke')
            if stroke and stroke != 'none':
                colours.add(stroke.lower())
        if len(colours) > 1:
            problems.append('uses %d colours (%s); use one' % (len(colours), ', '.join(sorted(colours))))
    else:
        for e in root.iter():
            for attr in ('fill', 'stroke', 'stop-color'):
                value = e.get(attr)
                if value and value.startswith('url(#'):
                    ref = re.match(r'url\(#([^)]+)\)', value).group(1)
                    if root.find(".//*[@id='%s']" % ref) is None:
                        problems.append('%s refers to a missing #%s' % (attr, ref))
    return problems


def main(paths):
    if not paths:
        print('usage: check-icons.py ICON.svg...', file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        problems = check(path)
        for p in problems:
            print('%s: %s' % (path, p), file=sys.stderr)
        if problems:
            failed = True
        else:
            print('%s: ok' % path)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
