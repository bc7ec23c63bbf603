# Derives src/main/resources/search/fi-lexicon.txt (see docs/search.md, "Compound heads").
# Usage: python3 derive.py words.txt > heads.txt   (needs Debian python3-libvoikko and voikko-fi)
import sys, libvoikko, collections
v = libvoikko.Voikko("fi")
heads = set(); classes = collections.Counter()
words = [w.strip() for w in open(sys.argv[1], encoding="utf-8") if w.strip()]
for w in words:
    for a in v.analyze(w):
        cls = a.get("CLASS", "")
        base = a.get("BASEFORM", "")
        st = a.get("STRUCTURE", "")
        if cls in ("nimisana", "laatusana", "nimisana_laatusana") and st.count("=") == 1 and base.isalpha() and base.islower() and len(base) >= 3:
            heads.add(base); classes[cls] += 1
print(len(words), len(heads), classes, file=sys.stderr)
for h in sorted(heads): print(h)
