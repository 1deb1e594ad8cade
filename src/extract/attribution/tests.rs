use super::*;

#[test]
fn dump_seeds() {
    for f in std::fs::read_dir("/work/shared/seeds").unwrap() {
        let p = f.unwrap().path();
        if p.extension().and_then(|e| e.to_str()) != Some("txt") { continue; }
        let text = std::fs::read_to_string(&p).unwrap();
        let mut prev: Option<Attribution> = None;
        for para in text.split('\n') {
            for s in para.split_inclusive(". ") {
                let s = s.trim();
                if s.is_empty() { continue; }
                let a = read_in_context(s, prev.as_ref());
                match &a { Some(a) => { eprintln!("{:?} | via {:?} | anon {} | cue {:?} | ref {:?}\n    <- {}", a.source, a.via, a.anonymous, a.cue, a.reference, &s[..s.len().min(110)]); prev = Some(a.clone()); }
                None => eprintln!("NONE <- {}", &s[..s.floor_char_boundary(100)]) }
            }
        }
    }
}
